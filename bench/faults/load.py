#!/usr/bin/env python3
"""Issues documents through the API for a while and writes every answer as a line: time, status, id, number."""
import json, sys, threading, time, urllib.request, urllib.error

base, token, issuer, seconds, workers, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
end = time.time() + seconds
lock = threading.Lock()
log = open(out, "w")
counter = iter(range(10**9))

def worker():
    while time.time() < end:
        with lock:
            n = next(counter)
        body = json.dumps({"typeCode": "CV", "issuerId": issuer, "issuedOn": "2024-12-20",
                           "summary": f"bench-{n}", "bodyHtml": "<p>bench</p>", "basisIds": [], "recipientIds": []}).encode()
        request = urllib.request.Request(base + "/api/v1/documents", data=body, method="POST",
                                         headers={"Authorization": "Bearer " + token, "Content-Type": "application/json",
                                                  "Accept": "application/json"})
        status, doc_id, number = 0, "", ""
        try:
            with urllib.request.urlopen(request, timeout=70) as response:
                status = response.status
                answer = json.loads(response.read())
                doc_id, number = answer.get("id", ""), answer.get("number", "")
        except urllib.error.HTTPError as e:
            status = e.code
        except Exception:
            status = 0
        with lock:
            log.write(f"{time.time():.3f}\t{status}\tbench-{n}\t{doc_id}\t{number}\n")
            log.flush()
        if status != 201:
            time.sleep(0.2)

threads = [threading.Thread(target=worker) for _ in range(workers)]
for t in threads:
    t.start()
for t in threads:
    t.join()
