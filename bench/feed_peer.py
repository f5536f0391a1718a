#!/usr/bin/python3
# feed_peer.py: python3-icalendar building the same events as a deadlines
# feed (read from that feed), for bench/run's side-by-side figure. Prints the
# milliseconds it took to build and serialise them, and the size.
import sys, time, icalendar
events = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read()).walk("VEVENT")
props = [{k: ev.get(k) for k in ("UID", "SUMMARY", "DESCRIPTION", "CATEGORIES", "SEQUENCE", "DTSTAMP",
                                 "LAST-MODIFIED", "STATUS", "TRANSP")} |
         {"DTSTART": ev["DTSTART"].dt, "DTEND": ev["DTEND"].dt} for ev in events]
t0 = time.perf_counter()
cal = icalendar.Calendar()
cal.add("VERSION", "2.0")
cal.add("PRODID", "-//bench//EN")
for p in props:
    e = icalendar.Event()
    for k, v in p.items():
        if v is not None:
            e.add(k, v)
    cal.add_component(e)
data = cal.to_ical()
print("%.1f" % ((time.perf_counter() - t0) * 1000), len(data))
