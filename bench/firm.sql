-- firm.sql: a synthetic firm for bench/run, generated deterministically by SQL
-- (run on a database that 'deadlines case add' has created): 5,000 cases in 50
-- district courts and 1,000,000 obligations with a realistic mix of kinds
-- (deadline 85%, hearing 8%, until 5%, recurring 2%) and statuses (open 60%,
-- done 35%, vacated 3%, ended 2%), due dates spread over 2020-2030, each dated
-- one computed from a trigger and a 7-60 day period so that recalculation has
-- real work.
BEGIN;
INSERT OR IGNORE INTO courts (code, name, state, tz)
  SELECT code, code, 'TX', 'America/Chicago' FROM (
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 49)
    SELECT CASE i % 5 WHEN 0 THEN 'txsd' WHEN 1 THEN 'txnd' WHEN 2 THEN 'txed' WHEN 3 THEN 'txwd' ELSE 'mad' END AS code FROM n);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
INSERT INTO cases (number, caption, court, created)
  SELECT printf('%d:%02d-cv-%05d', 1 + i % 4, 15 + i % 10, i), printf('Client %d v. Party %d', i, i * 7 % 5000),
         CASE i % 5 WHEN 0 THEN 'txsd' WHEN 1 THEN 'txnd' WHEN 2 THEN 'txed' WHEN 3 THEN 'txwd' ELSE 'mad' END,
         '2026-01-01T00:00:00Z' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)
INSERT INTO obligations (uid, case_id, kind, who, action, trigger, trigger_date, period_n, period_unit,
                         period_dir, rules, due_date, basis, status, closed_on, created, updated, until_event)
  SELECT printf('%032x@deadlines', i),
         2 + (i * 7919) % 5000, -- cases 2..5001 (case 1 is the seed one)
         CASE WHEN i % 100 < 85 THEN 'deadline' WHEN i % 100 < 93 THEN 'hearing' WHEN i % 100 < 98 THEN 'until' ELSE 'recurring' END,
         CASE i % 4 WHEN 0 THEN 'plaintiff' WHEN 1 THEN 'defendants' WHEN 2 THEN 'parties' ELSE 'counsel' END,
         'respond to request set ' || i,
         CASE WHEN i % 100 BETWEEN 93 AND 97 THEN 'none' ELSE 'date' END,
         CASE WHEN i % 100 BETWEEN 93 AND 97 THEN NULL ELSE date('2020-01-01', '+' || ((i * 37) % 3900) || ' days') END,
         7 + (i % 54), 'days', 'after', 'frcp',
         CASE WHEN i % 100 BETWEEN 93 AND 97 THEN NULL
              ELSE date('2020-01-01', '+' || ((i * 37) % 3900 + 7 + (i % 54)) || ' days') END,
         CASE WHEN i % 100 BETWEEN 93 AND 97 THEN 'none' ELSE 'computed' END,
         CASE WHEN i % 100 < 60 THEN 'open' WHEN i % 100 < 95 THEN 'done' WHEN i % 100 < 98 THEN 'vacated' ELSE 'ended' END,
         CASE WHEN i % 100 < 60 THEN NULL ELSE '2024-01-02' END,
         '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z',
         CASE WHEN i % 100 BETWEEN 93 AND 97 THEN 'further order of the court' END
  FROM n;
COMMIT;
ANALYZE;
