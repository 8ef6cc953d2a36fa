-- Adds the bearer token from $TOKEN to every request; counts non-2xx answers.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
function done(summary, latency, requests)
  io.write(string.format("non-2xx answers: %d\n", summary.errors.status))
end
