# uncaught user-defined BaseException subclass (not caught by except Exception)
class Abort(BaseException):
    pass
try:
    try:
        raise Abort("stop now")
    except Exception:
        print("not caught here")
finally:
    print("cleanup")
