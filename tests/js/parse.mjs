// parse.mjs: read an iCalendar file with ical.js (the parser Thunderbird uses)
// and print one line per VEVENT: UID, start (date or UTC instant), SEQUENCE,
// STATUS, SUMMARY. Exit 1 if it does not parse.
// usage: node tests/js/parse.mjs FILE.ics
import ICAL from "ical.js";
import { readFileSync } from "node:fs";

const text = readFileSync(process.argv[2], "utf8");
let comp;
try {
  comp = new ICAL.Component(ICAL.parse(text));
} catch (e) {
  console.error("ical.js: " + e.message);
  process.exit(1);
}
for (const tz of comp.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(new ICAL.Timezone(tz));
}
for (const vevent of comp.getAllSubcomponents("vevent")) {
  const ev = new ICAL.Event(vevent);
  const start = ev.startDate.isDate
    ? ev.startDate.toString()
    : ev.startDate.toJSDate().toISOString();
  console.log([ev.uid, start, ev.sequence, vevent.getFirstPropertyValue("status"), ev.summary].join("\t"));
}
