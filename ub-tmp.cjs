const { runUnlockBench } = require('./dist/bench/unlock-http.js');
runUnlockBench(2000, Number(process.argv[2] || 3), [8]).then((rows) => { for (const r of rows) console.log(r.figure, Math.round(r.value), r.comparison); process.exit(0); });
