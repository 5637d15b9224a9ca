# OverflowError and related numeric limits
def t(label, f):
    try:
        print(label, "=>", repr(f()))
    except (OverflowError, ValueError) as e:
        print(label, "=>", type(e).__name__, e)

t("float(10**400)", lambda: float(10 ** 400))
t("10**400 / 1", lambda: 10 ** 400 / 1)
t("10**400 / 10**399", lambda: 10 ** 400 / 10 ** 399)
t("10**400 // 10**399", lambda: 10 ** 400 // 10 ** 399)
t("1e308 * 10", lambda: 1e308 * 10)
t("-1e308 * 10", lambda: -1e308 * 10)
t("int(float('inf'))", lambda: int(float("inf")))
t("int(float('nan'))", lambda: int(float("nan")))
t("2 ** 1000 > 1e308", lambda: 2 ** 1000 > 1e308)
t("2 ** 1024 > 1e308", lambda: 2 ** 1024 > 1e308)
t("10**400 + 0.5", lambda: 10 ** 400 + 0.5)
t("math.exp(1000)", lambda: __import__("math").exp(1000))
t("range(10**20)[5]", lambda: range(10 ** 20)[5])
t("round(1e300)", lambda: len(str(round(1e300))))
t("int(1e20)", lambda: int(1e20))
t("float(2**53 + 1)", lambda: float(2 ** 53 + 1))
t("2.0 ** 0.5", lambda: 2.0 ** 0.5)
t("1e308 + 1e308", lambda: 1e308 + 1e308)
print(issubclass(OverflowError, ArithmeticError))
