# uncaught error from the second half of a superinstruction: the traceback
# names the line of the absorbed instruction.
def pick(flag):
    if flag:
        y = 1
    x = 2
    return (x +
            y)

print(pick(True))
pick(False)
