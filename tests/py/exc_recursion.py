# RecursionError can be caught and the program continues normally
import sys
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("caught", type(e).__name__)
    print(isinstance(e, RuntimeError))

def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RuntimeError as e:
    print("mutual recursion:", type(e).__name__)

class Node:
    def __init__(self):
        self.child = self
    def depth(self):
        return 1 + self.child.depth()
try:
    Node().depth()
except RecursionError:
    print("method recursion caught")

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print("after recovery, fact(200) has", len(str(fact(200))), "digits")

def deep_ok(n):
    return 0 if n == 0 else 1 + deep_ok(n - 1)
print(deep_ok(500))

count = 0
def counting():
    global count
    count += 1
    counting()
try:
    counting()
except RecursionError:
    print("recursed more than 100 times:", count > 100)

def rec_with_finally(n, log):
    try:
        rec_with_finally(n + 1, log)
    finally:
        if n == 0:
            log.append("outermost finally ran")
log = []
try:
    rec_with_finally(0, log)
except RecursionError:
    print(log)
print(sys.getrecursionlimit() >= 1000)
