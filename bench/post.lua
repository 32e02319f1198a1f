-- wrk script of the POST scenarios: an empty JSON body.
wrk.method = "POST"
wrk.body = ""
wrk.headers["Content-Type"] = "application/json"
