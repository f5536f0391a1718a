// instants.mjs: ical.js (the parser Thunderbird uses) reads an iCalendar file
// and prints "UID INSTANT" for each VEVENT: its start as seconds since the
// epoch, resolved with the file's own VTIMEZONEs (ical.js has no zone data
// of its own). Exit 1 if it does not parse or a TZID has no VTIMEZONE.
// usage: node tests/js/instants.mjs FILE.ics
import ICAL from "ical.js";
import { readFileSync } from "node:fs";

const comp = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], "utf8")));
const zones = new Set();
for (const tz of comp.getAllSubcomponents("vtimezone")) {
  const zone = new ICAL.Timezone(tz);
  ICAL.TimezoneService.register(zone);
  zones.add(zone.tzid);
}
const out = [];
for (const vevent of comp.getAllSubcomponents("vevent")) {
  const start = vevent.getFirstProperty("dtstart");
  const tzid = start.getParameter("tzid");
  if (tzid && !zones.has(tzid)) {
    console.error("ical.js: no VTIMEZONE for " + tzid);
    process.exit(1);
  }
  const ev = new ICAL.Event(vevent);
  out.push(ev.uid + " " + ev.startDate.toUnixTime());
}
console.log(out.join("\n"));
