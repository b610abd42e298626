#!/usr/bin/env node
// Validates a GeoJSON file with an independent parser (@placemarkio/check-geojson, pinned in
// package-lock.json), so bordermap's exporter is not checked only by its own reader.
// Usage: node check-geojson.js FILE   → exit 0 when valid; 1 with one line per issue.
'use strict';
const fs = require('fs');
const { getIssues } = require('@placemarkio/check-geojson');

const file = process.argv[2];
if (!file) {
  console.error('usage: check-geojson.js FILE');
  process.exit(2);
}
const issues = getIssues(fs.readFileSync(file, 'utf8'));
for (const i of issues) {
  console.log(`${file}:${i.from ?? ''}-${i.to ?? ''}: ${i.message}`);
}
process.exit(issues.length ? 1 : 0);
