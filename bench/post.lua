-- wrk script of the POST scenarios: the JSON body bench/run.sh passes in BENCH_BODY (empty if none).
wrk.method = "POST"
wrk.body = os.getenv("BENCH_BODY") or ""
wrk.headers["Content-Type"] = "application/json"
