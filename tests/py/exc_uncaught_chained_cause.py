# uncaught exception raised "from" another: last stderr line is the outer one
def load(cfg):
    try:
        return cfg["port"]
    except KeyError as e:
        raise RuntimeError("configuration incomplete") from e

print(load({"port": 80}))
load({})
