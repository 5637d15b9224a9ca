# uncaught ModuleNotFoundError for a missing module
import math
print(math.floor(2.5))
import nonexistent_mod_krait
