# finally interacting with return, break and continue
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())

def ret_overrides_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(ret_overrides_exception())

def finally_sees_return():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(finally_sees_return())

def value_fixed_at_return():
    v = 1
    try:
        return v
    finally:
        v = 2
print(value_fixed_at_return())

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke out, exception dropped"
print(break_in_finally())

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            out.append("f%d" % i)
            continue
    return out
print(continue_in_finally())

def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(nested_finally())

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 4:
                return n
        finally:
            print("  iteration", n)
print(while_finally())
