// The next fire times of cron expressions, for stitch-local's scheduled triggers.
// Reads one JSON request on stdin: {"expression": "*/5 * * * *", "after": <ms>, "count": N};
// writes {"times": [<ms>, ...]} or {"error": "..."} on stdout. Times are in UTC, as the real
// service evaluates schedules. NODE_PATH names the folder holding cron-parser.
'use strict';
const { CronExpressionParser } = require('cron-parser');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  try {
    const request = JSON.parse(input);
    const it = CronExpressionParser.parse(request.expression, {
      currentDate: new Date(request.after),
      tz: 'UTC',
      strict: false,
    });
    const times = [];
    const count = Math.max(1, Math.min(1000, request.count | 0));
    for (let i = 0; i < count && it.hasNext(); ++i)
      times.push(it.next().getTime());
    process.stdout.write(JSON.stringify({ times }));
  } catch (error) {
    process.stdout.write(JSON.stringify({ error: String(error && error.message || error) }));
  }
});
