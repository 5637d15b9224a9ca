"""Richards: Martin Richards' operating-system simulation.  Six tasks (an
idle task, a worker, two packet handlers and two devices) pass packets
through priority-scheduled queues.  Object-oriented: one class per task
kind with a virtual `run` method, linked lists of packets, bit-flag task
states.  One simulation queues 23246 packets and holds tasks 9297 times;
the size parameter is the number of simulations."""

import sys

ITERATIONS = 10

IDLE_COUNT = 10000
BUFSIZE = 4                     # packet data slots
ALPHABET = "0ABCDEFGHIJKLMNOPQRSTUVWXYZ"

ID_IDLE = 1
ID_WORK = 2
ID_HANDLER_A = 3
ID_HANDLER_B = 4
ID_DEV_A = 5
ID_DEV_B = 6

KIND_DEV = 1000
KIND_WORK = 1001

# task state bits
PKT_BIT = 1     # packets are queued for the task
WAIT_BIT = 2    # the task waits for a packet
HOLD_BIT = 4    # the task is held


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.count = 0
        self.data = [0] * BUFSIZE


def append_packet(pkt, queue):
    """Put pkt at the end of the queue headed by `queue`; return the head."""
    pkt.link = None
    if queue is None:
        return pkt
    p = queue
    while p.link is not None:
        p = p.link
    p.link = pkt
    return queue


class Task:
    def __init__(self, system, ident, priority, queue, state):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = state
        self.link = system.task_list
        system.task_list = self
        system.tasks[ident] = self

    def is_blocked(self):
        s = self.state
        return (s & HOLD_BIT) != 0 or s == WAIT_BIT

    # --- primitives a task's run() returns through ---------------------

    def wait(self):
        self.state |= WAIT_BIT
        return self

    def hold_self(self):
        self.system.hold_count += 1
        self.state |= HOLD_BIT
        return self.link

    def release(self, ident):
        t = self.system.tasks[ident]
        t.state &= ~HOLD_BIT
        if t.priority > self.priority:
            return t
        return self

    def send(self, pkt):
        """Queue pkt for the task named in pkt.ident, stamped with our id."""
        system = self.system
        t = system.tasks[pkt.ident]
        system.queue_count += 1
        pkt.link = None
        pkt.ident = self.ident
        if t.queue is None:
            t.queue = pkt
            t.state |= PKT_BIT
            if t.priority > self.priority:
                return t
        else:
            append_packet(pkt, t.queue)
        return self

    def run(self, pkt):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, system, ident, priority, queue, state, seed, count):
        Task.__init__(self, system, ident, priority, queue, state)
        self.seed = seed
        self.count = count

    def run(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.hold_self()
        if self.seed & 1 == 0:
            self.seed = self.seed >> 1
            return self.release(ID_DEV_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.release(ID_DEV_B)


class WorkTask(Task):
    def __init__(self, system, ident, priority, queue, state):
        Task.__init__(self, system, ident, priority, queue, state)
        self.destination = ID_HANDLER_A
        self.letter = 0

    def run(self, pkt):
        if pkt is None:
            return self.wait()
        if self.destination == ID_HANDLER_A:
            self.destination = ID_HANDLER_B
        else:
            self.destination = ID_HANDLER_A
        pkt.ident = self.destination
        pkt.count = 0
        data = pkt.data
        for i in range(BUFSIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            data[i] = ALPHABET[self.letter]
        return self.send(pkt)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, queue, state):
        Task.__init__(self, system, ident, priority, queue, state)
        self.work_queue = None
        self.device_queue = None

    def run(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work_queue = append_packet(pkt, self.work_queue)
            else:
                self.device_queue = append_packet(pkt, self.device_queue)
        work = self.work_queue
        if work is not None:
            n = work.count
            if n >= BUFSIZE:
                self.work_queue = work.link
                return self.send(work)
            dev = self.device_queue
            if dev is not None:
                self.device_queue = dev.link
                dev.count = ord(work.data[n])
                work.count = n + 1
                return self.send(dev)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, system, ident, priority, queue, state):
        Task.__init__(self, system, ident, priority, queue, state)
        self.pending = None

    def run(self, pkt):
        if pkt is None:
            pkt = self.pending
            if pkt is None:
                return self.wait()
            self.pending = None
            return self.send(pkt)
        self.pending = pkt
        self.system.trace_sum += pkt.count
        return self.hold_self()


class System:
    def __init__(self):
        self.task_list = None
        self.tasks = [None] * 7
        self.queue_count = 0
        self.hold_count = 0
        self.trace_sum = 0

    def schedule(self):
        t = self.task_list
        while t is not None:
            state = t.state
            if state == PKT_BIT | WAIT_BIT:
                # take the first queued packet and run the task with it
                pkt = t.queue
                t.queue = pkt.link
                t.state = 0 if t.queue is None else PKT_BIT
                t = t.run(pkt)
            elif state == 0 or state == PKT_BIT:
                t = t.run(None)
            else:
                t = t.link


def simulate():
    s = System()
    IdleTask(s, ID_IDLE, 0, None, 0, 1, IDLE_COUNT)

    q = Packet(None, 0, KIND_WORK)
    q = Packet(q, 0, KIND_WORK)
    WorkTask(s, ID_WORK, 1000, q, PKT_BIT | WAIT_BIT)

    q = Packet(None, ID_DEV_A, KIND_DEV)
    q = Packet(q, ID_DEV_A, KIND_DEV)
    q = Packet(q, ID_DEV_A, KIND_DEV)
    HandlerTask(s, ID_HANDLER_A, 2000, q, PKT_BIT | WAIT_BIT)

    q = Packet(None, ID_DEV_B, KIND_DEV)
    q = Packet(q, ID_DEV_B, KIND_DEV)
    q = Packet(q, ID_DEV_B, KIND_DEV)
    HandlerTask(s, ID_HANDLER_B, 3000, q, PKT_BIT | WAIT_BIT)

    DeviceTask(s, ID_DEV_A, 4000, None, WAIT_BIT)
    DeviceTask(s, ID_DEV_B, 5000, None, WAIT_BIT)

    s.schedule()
    return s


def main(iterations):
    print("richards iterations=%d" % iterations)
    ok = 0
    total_trace = 0
    for _ in range(iterations):
        s = simulate()
        if s.queue_count == 23246 and s.hold_count == 9297:
            ok += 1
        total_trace += s.trace_sum
    print("queued=%d held=%d trace=%d" % (s.queue_count, s.hold_count, s.trace_sum))
    print("correct simulations: %d/%d total trace: %d" % (ok, iterations, total_trace))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else ITERATIONS)
