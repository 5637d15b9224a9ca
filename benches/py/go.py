"""Go: a small Monte-Carlo tree search Go player on a 7x7 board.  Each move
is chosen by UCT-style tree search whose leaves are evaluated by random
playouts (uniformly random legal moves that do not fill the player's own
eyes, with captures, suicide and simple-ko rules, scored by area with
komi).  The program plays the first few moves of a game against itself.
Exercises board copying, flood fills with lists and sets, many small method
calls and a seeded `random` (randrange and shuffle only).  The exploration
term uses only sqrt and division, so every implementation grows the same
tree."""

import math
import random
import sys

PLAYOUTS = 300          # tree-search iterations per move
MOVES = 2               # moves played
BOARD = 7
KOMI = 8.5
EXPLORATION = 1.2

EMPTY = 0
BLACK = 1
WHITE = 2


def other(color):
    return 3 - color


class Geometry:
    """Neighbour tables shared by every board of one size."""

    def __init__(self, size):
        self.size = size
        self.points = size * size
        self.neighbours = []
        self.diagonals = []
        for p in range(self.points):
            x = p % size
            y = p // size
            nb = []
            dg = []
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                if 0 <= x + dx < size and 0 <= y + dy < size:
                    nb.append((y + dy) * size + x + dx)
            for dx, dy in ((1, 1), (1, -1), (-1, 1), (-1, -1)):
                if 0 <= x + dx < size and 0 <= y + dy < size:
                    dg.append((y + dy) * size + x + dx)
            self.neighbours.append(nb)
            self.diagonals.append(dg)


class Board:
    def __init__(self, geometry):
        self.geo = geometry
        n = geometry.points
        self.stones = [EMPTY] * n
        self.empties = list(range(n))
        self.where = list(range(n))       # index of each empty point in empties
        self.to_move = BLACK
        self.ko = -1
        self.passes = 0
        self.captured = {BLACK: 0, WHITE: 0}

    def copy(self):
        b = Board.__new__(Board)
        b.geo = self.geo
        b.stones = self.stones[:]
        b.empties = self.empties[:]
        b.where = self.where[:]
        b.to_move = self.to_move
        b.ko = self.ko
        b.passes = self.passes
        b.captured = dict(self.captured)
        return b

    # --- groups ----------------------------------------------------------

    def group(self, p):
        """The stones of p's group and the set of its liberties."""
        color = self.stones[p]
        stones = self.stones
        neighbours = self.geo.neighbours
        members = [p]
        seen = {p}
        liberties = set()
        i = 0
        while i < len(members):
            q = members[i]
            i += 1
            for r in neighbours[q]:
                s = stones[r]
                if s == EMPTY:
                    liberties.add(r)
                elif s == color and r not in seen:
                    seen.add(r)
                    members.append(r)
        return members, liberties

    def _remove_empty(self, p):
        i = self.where[p]
        last = self.empties.pop()
        if last != p:
            self.empties[i] = last
            self.where[last] = i

    def _add_empty(self, p):
        self.where[p] = len(self.empties)
        self.empties.append(p)

    # --- rules -----------------------------------------------------------

    def is_legal(self, p):
        if self.stones[p] != EMPTY or p == self.ko:
            return False
        me = self.to_move
        for r in self.geo.neighbours[p]:
            s = self.stones[r]
            if s == EMPTY:
                return True
            _, libs = self.group(r)
            if s == me:
                if len(libs) > 1:
                    return True          # joins a group that keeps a liberty
            elif len(libs) == 1:
                return True              # captures
        return False                     # suicide

    def is_own_eye(self, p):
        me = self.to_move
        stones = self.stones
        for r in self.geo.neighbours[p]:
            if stones[r] != me:
                return False
        foes = 0
        for r in self.geo.diagonals[p]:
            if stones[r] == other(me):
                foes += 1
        if len(self.geo.diagonals[p]) < 4:
            return foes == 0
        return foes <= 1

    def play(self, p):
        me = self.to_move
        foe = other(me)
        self.stones[p] = me
        self._remove_empty(p)
        taken = []
        for r in self.geo.neighbours[p]:
            if self.stones[r] == foe:
                members, libs = self.group(r)
                if not libs:
                    for q in members:
                        self.stones[q] = EMPTY
                        self._add_empty(q)
                    taken.extend(members)
        self.captured[me] += len(taken)
        self.ko = -1
        if len(taken) == 1:
            members, libs = self.group(p)
            if len(members) == 1 and len(libs) == 1:
                self.ko = taken[0]
        self.passes = 0
        self.to_move = foe

    def pass_move(self):
        self.passes += 1
        self.ko = -1
        self.to_move = other(self.to_move)

    def candidate_moves(self):
        return [p for p in self.empties
                if self.is_legal(p) and not self.is_own_eye(p)]

    def random_move(self):
        empties = self.empties
        n = len(empties)
        if n == 0:
            return -1
        start = random.randrange(n)
        for i in range(n):
            p = empties[(start + i) % n]
            if self.is_legal(p) and not self.is_own_eye(p):
                return p
        return -1

    def playout(self, limit):
        moves = 0
        while self.passes < 2 and moves < limit:
            p = self.random_move()
            if p < 0:
                self.pass_move()
            else:
                self.play(p)
            moves += 1

    def score(self):
        """Area score: black minus white, komi included."""
        black = 0.0
        white = KOMI
        stones = self.stones
        for p in range(self.geo.points):
            s = stones[p]
            if s == BLACK:
                black += 1
            elif s == WHITE:
                white += 1
            else:
                around = set()
                for r in self.geo.neighbours[p]:
                    around.add(stones[r])
                if around == {BLACK}:
                    black += 1
                elif around == {WHITE}:
                    white += 1
        return black - white

    def show(self):
        size = self.geo.size
        rows = []
        for y in range(size - 1, -1, -1):
            row = "".join(".XO"[self.stones[y * size + x]] for x in range(size))
            rows.append(row)
        return rows


class Node:
    def __init__(self, move, parent, player, board):
        self.move = move
        self.parent = parent
        self.player = player          # who played `move`
        self.children = []
        self.untried = board.candidate_moves()
        random.shuffle(self.untried)
        self.wins = 0
        self.visits = 0

    def select(self):
        best = None
        best_score = -1.0
        boost = EXPLORATION * math.sqrt(self.visits)
        for c in self.children:
            s = c.wins / c.visits + boost / (1 + c.visits)
            if s > best_score:
                best_score = s
                best = c
        return best


def search(root_board, playouts):
    root = Node(-1, None, other(root_board.to_move), root_board)
    limit = root_board.geo.points * 3
    for _ in range(playouts):
        board = root_board.copy()
        node = root
        # selection
        while not node.untried and node.children:
            node = node.select()
            board.play(node.move)
        # expansion
        if node.untried:
            move = node.untried.pop()
            player = board.to_move
            board.play(move)
            child = Node(move, node, player, board)
            node.children.append(child)
            node = child
        # simulation
        board.playout(limit)
        winner = BLACK if board.score() > 0 else WHITE
        # back-propagation
        while node is not None:
            node.visits += 1
            if node.player == winner:
                node.wins += 1
            node = node.parent
    best = None
    for c in root.children:
        if best is None or c.visits > best.visits:
            best = c
    return best, root


def main(playouts):
    random.seed(42)
    geo = Geometry(BOARD)
    board = Board(geo)
    print("go %dx%d playouts=%d moves=%d" % (BOARD, BOARD, playouts, MOVES))
    for i in range(MOVES):
        best, root = search(board, playouts)
        if best is None:
            board.pass_move()
            print("move %d: pass" % (i + 1))
            continue
        x = best.move % BOARD
        y = best.move // BOARD
        print("move %d: %s%d visits=%d wins=%d tree=%d" % (
            i + 1, "ABCDEFGHJKLMNOPQRST"[x], y + 1, best.visits, best.wins,
            len(root.children)))
        board.play(best.move)
    for row in board.show():
        print(row)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else PLAYOUTS)
