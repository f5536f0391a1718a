-- firm.sql: a synthetic firm for bench/run, generated deterministically by SQL
-- (run on a database that 'deadlines case add' has created): 5,000 cases in
-- five district courts and 1,000,000 obligations with a realistic mix of kinds
-- (deadline 85%, hearing 8%, until 5%, recurring 2%). Due dates spread over
-- 2020-2030 around the bench's fixed today, 2026-06-01, and the status follows
-- the date as in a working docket: of the obligations already due, 96% are
-- done, 2% vacated, 1.5% ended and 0.5% still open (the overdue list); of those
-- to come, 92% are open, 5% done early and 3% vacated; of the undated ones
-- (until an event), 70% are open. Each dated obligation is computed from a
-- trigger date and a 7-60 day period, so recalculation has real work.
BEGIN;
INSERT OR IGNORE INTO courts (code, name, state, tz)
  VALUES ('txsd', 'txsd', 'TX', 'America/Chicago'), ('txnd', 'txnd', 'TX', 'America/Chicago'),
         ('txed', 'txed', 'TX', 'America/Chicago'), ('txwd', 'txwd', 'TX', 'America/Chicago'),
         ('mad', 'mad', 'MA', 'America/New_York');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
INSERT INTO cases (number, caption, court, created)
  SELECT printf('%d:%02d-cv-%05d', 1 + i % 4, 15 + i % 10, i), printf('Client %d v. Party %d', i, i * 7 % 5000),
         CASE i % 5 WHEN 0 THEN 'txsd' WHEN 1 THEN 'txnd' WHEN 2 THEN 'txed' WHEN 3 THEN 'txwd' ELSE 'mad' END,
         '2026-01-01T00:00:00Z' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000),
g AS (SELECT i,
             i % 100 BETWEEN 93 AND 97 AS undated,       -- kind 'until'
             (i * 37) % 3900 AS start,                   -- trigger: days after 2020-01-01
             7 + (i % 54) AS period,
             (i * 7907) % 1000 AS r                      -- a second, independent spread
      FROM n),
h AS (SELECT *, start + period >= 2343 AS future FROM g) -- 2343 days after 2020-01-01 is 2026-06-01
INSERT INTO obligations (uid, case_id, kind, who, action, trigger, trigger_date, period_n, period_unit,
                         period_dir, rules, due_date, basis, status, closed_on, created, updated, until_event)
  SELECT printf('%032x@deadlines', i),
         2 + (i * 7919) % 5000, -- cases 2..5001 (case 1 is the seed one)
         CASE WHEN i % 100 < 85 THEN 'deadline' WHEN i % 100 < 93 THEN 'hearing' WHEN i % 100 < 98 THEN 'until' ELSE 'recurring' END,
         CASE i % 4 WHEN 0 THEN 'plaintiff' WHEN 1 THEN 'defendants' WHEN 2 THEN 'parties' ELSE 'counsel' END,
         'respond to request set ' || i,
         CASE WHEN undated THEN 'none' ELSE 'date' END,
         CASE WHEN undated THEN NULL ELSE date('2020-01-01', '+' || start || ' days') END,
         period, 'days', 'after', 'frcp',
         CASE WHEN undated THEN NULL ELSE date('2020-01-01', '+' || (start + period) || ' days') END,
         CASE WHEN undated THEN 'none' ELSE 'computed' END,
         CASE WHEN undated THEN (CASE WHEN r < 700 THEN 'open' ELSE 'ended' END)
              WHEN future THEN (CASE WHEN r < 920 THEN 'open' WHEN r < 970 THEN 'done' ELSE 'vacated' END)
              ELSE (CASE WHEN r < 5 THEN 'open' WHEN r < 965 THEN 'done' WHEN r < 985 THEN 'vacated' ELSE 'ended' END) END,
         CASE WHEN undated THEN (CASE WHEN r < 700 THEN NULL ELSE '2024-01-02' END)
              WHEN future THEN (CASE WHEN r < 920 THEN NULL ELSE '2026-05-01' END)
              ELSE (CASE WHEN r < 5 THEN NULL ELSE date('2020-01-01', '+' || (start + period) || ' days') END) END,
         '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z',
         CASE WHEN undated THEN 'further order of the court' END
  FROM h;
COMMIT;
ANALYZE;
