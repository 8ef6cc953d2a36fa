-- POSTs the plot request in $PLOT_BODY with the bearer token from $TOKEN.
wrk.method = "POST"
wrk.body = os.getenv("PLOT_BODY")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
function done(summary, latency, requests)
  io.write(string.format("non-2xx answers: %d\n", summary.errors.status))
end
