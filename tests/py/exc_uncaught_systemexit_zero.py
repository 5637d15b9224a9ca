# raise SystemExit(0): exits with status 0, nothing after runs
print("one")
def stop():
    print("two")
    raise SystemExit(0)
try:
    stop()
finally:
    print("finally runs")
print("never")
