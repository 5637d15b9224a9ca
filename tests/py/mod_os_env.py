# os.getenv / os.environ: only environment-independent facts (missing vars, defaults, types)
import os
print(os.getenv("HOME_DOES_NOT_EXIST"), os.getenv("KRAIT_NO_SUCH_VAR_123", "dflt"), os.getenv("X_NOT_SET_EITHER", None))
print(os.getenv("KRAIT_NO_SUCH_VAR_123", default=42), type(os.getenv("KRAIT_NO_SUCH_VAR_123", 0)).__name__)
print("PATH" in os.environ, type(os.environ.get("PATH")).__name__, type(os.getenv("PATH")).__name__)
print("KRAIT_NO_SUCH_VAR_123" in os.environ, os.environ.get("KRAIT_NO_SUCH_VAR_123"), os.environ.get("KRAIT_NO_SUCH_VAR_123", "fallback"))
print(os.getenv("PATH") == os.environ["PATH"], isinstance(os.environ["PATH"], str))
try:
    os.environ["KRAIT_NO_SUCH_VAR_123"]
except KeyError as e:
    print(type(e).__name__, e)
os.environ["KRAIT_TEST_VAR"] = "hello"
print(os.environ["KRAIT_TEST_VAR"], os.getenv("KRAIT_TEST_VAR"), "KRAIT_TEST_VAR" in os.environ)
os.environ["KRAIT_TEST_VAR"] = "changed"
print(os.getenv("KRAIT_TEST_VAR"), os.environ.get("KRAIT_TEST_VAR"))
del os.environ["KRAIT_TEST_VAR"]
print(os.getenv("KRAIT_TEST_VAR"), "KRAIT_TEST_VAR" in os.environ)
print(os.environ.pop("KRAIT_TEST_VAR", "gone"), os.environ.setdefault("KRAIT_TEST_VAR2", "set"), os.getenv("KRAIT_TEST_VAR2"))
try:
    os.environ["KRAIT_INT"] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.getenv(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    del os.environ["KRAIT_NO_SUCH_VAR_123"]
except KeyError as e:
    print(type(e).__name__, e)
keys = list(os.environ)
print(len(keys) == len(os.environ), all(isinstance(k, str) for k in keys), all(isinstance(v, str) for v in os.environ.values()))
