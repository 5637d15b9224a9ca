# program: binary search tree with insert, search, delete, traversals, height
class BST:
    class _Node:
        def __init__(self, key, val):
            self.key, self.val = key, val
            self.left = self.right = None
    def __init__(self):
        self.root = None
        self.n = 0
    def __setitem__(self, key, val):
        def ins(node):
            if node is None:
                self.n += 1
                return BST._Node(key, val)
            if key < node.key:
                node.left = ins(node.left)
            elif key > node.key:
                node.right = ins(node.right)
            else:
                node.val = val
            return node
        self.root = ins(self.root)
    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.val
            node = node.left if key < node.key else node.right
        raise KeyError(key)
    def __delitem__(self, key):
        def delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = delete(node.left, key)
            elif key > node.key:
                node.right = delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.val = succ.key, succ.val
                node.right = delete(node.right, succ.key)
            return node
        self.root = delete(self.root, key)
        self.n -= 1
    def __len__(self):
        return self.n
    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False
    def inorder(self, node="start"):
        if node == "start":
            node = self.root
        if node is None:
            return
        yield from self.inorder(node.left)
        yield node.key
        yield from self.inorder(node.right)
    def preorder(self):
        stack, out = [self.root], []
        while stack:
            n = stack.pop()
            if n:
                out.append(n.key)
                stack.append(n.right)
                stack.append(n.left)
        return out
    def height(self, node="start"):
        if node == "start":
            node = self.root
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t[k] = str(k)
print(list(t.inorder()), t.preorder(), len(t), t.height())
print(t[45], 45 in t, 99 in t)
try:
    t[99]
except KeyError as e:
    print(type(e).__name__, e)
del t[30]
del t[50]
print(list(t.inorder()), t.preorder(), len(t))
try:
    del t[1]
except KeyError as e:
    print(type(e).__name__, e)
t[65] = "updated"
print(t[65], len(t))
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words[w] = len(w)
print(list(words.inorder()), words.height(), len(words))
