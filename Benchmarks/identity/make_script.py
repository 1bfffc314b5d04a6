"""Writes identity.gd: about 4,500 commands whose output must not change when a hot path does.

    python3 Benchmarks/identity/make_script.py /tmp/id/identity.gd
    cd /tmp/id && OLD_GD --keep-going identity.gd > old.txt 2> old.err
    cd /tmp/id && NEW_GD --keep-going identity.gd > new.txt 2> new.err   # (move OUT-*.csv aside first)
    cmp old.txt new.txt && cmp old.err old.err && cmp each OUT-*.csv

Seeds 1, 2, 3, 7, 42; n = 6 … 10⁶; every generator (gd, numpy, numpy-generator); batch, sgd
(shuffled and in order), mini-batches of 1 … 5000 (shuffled and in order), thinned histories,
w_history/mse_history, divergence under both policies, extreme learning rates (1e308, −0.01,
0, 5e-324, max), −0.0 weights, unseeded `gen` continuing the session's stream, and `save data`
files. Every `show w` prints the shortest round-trip digits, so equal text is equal doubles.
"""
import sys
OUT = sys.argv[1] if len(sys.argv) > 1 else "identity.gd"
import random
lines = []
def add(s): lines.append(s)
for seed in [1, 2, 3, 7, 42]:
    for n in [6, 100, 1000, 1025, 4097, 100003, 1000000]:
        for rng in ['gd', 'numpy', 'numpy-generator']:
            if n >= 1000000 and rng != 'gd': continue
            add(f'set rng {rng}')
            add(f'set seed {seed}')
            add(f'gen {n} seed={seed} noise=0.{seed} x=-1..{seed}')
            add('show w'); add('epoch batch'); add('show w')
            add('set shuffle on'); add('epoch sgd'); add('show w')
            add('set shuffle off'); add('epoch sgd'); add('show w')
            add('epoch minibatch 3'); add('show w')
            add('set shuffle on')
            for b in [1, 2, 7, 16, 17, 32, 1024, 4096, 5000]:
                if b <= n:
                    add(f'epoch minibatch {b}'); add('show w')
            add('set shuffle off')
            for b in [32, 4097]:
                if b <= n:
                    add(f'epoch minibatch {b}'); add('show w')
            add('set shuffle on')
            add('set history-limit 50')
            add('train sgd 2'); add('show w'); add('show history'); add('show epochs')
            add('train minibatch 2 2'); add('show history')
            add('set history-limit 100000')
            add('step sgd'); add('step minibatch'); add('show w')
            if n <= 1000:
                add('reset'); add('train sgd 3'); add('show w_history'); add('show mse_history')
            add('show')
# unseeded gen continuing the session stream
for rng in ['gd', 'numpy', 'numpy-generator']:
    add(f'set rng {rng}'); add('set seed 5'); add('gen 1000'); add('gen 1000 noise=0'); add('train minibatch 4 3'); add('show w'); add('show data' if False else 'show loss')
    add('save data OUT-' + rng + '.csv force')
# divergence
for pol in ['stop', 'rollback']:
    add('load lecture'); add(f'set on-diverge {pol}'); add('set lr 1e6'); add('train sgd 1000'); add('show w'); add('show history')
    add('gen 10000 seed=3'); add('set lr 1e200'); add('train minibatch 32 10'); add('show w'); add('train sgd 10'); add('show w'); add('epoch batch'); add('show w')
    add('set lr 0.01')
add('gen 200000 seed=9 noise=3 x=-1000..1000'); add('save data OUT-big.csv force')
add('gen 1000 seed=9 noise=0 w=-1 x=-1e-6..1e-6'); add('save data OUT-tiny.csv force')
open(OUT, 'w').write('\n'.join(lines) + '\n')
print(len(lines), 'commands in', OUT)
extra = []
for lr in ['1e308', '-0.01', '0', '5e-324', '1.7976931348623157e308', '3', '0.3']:
    for sh in ['on', 'off']:
        extra += [f'gen 3000 seed=4 x=-2..2', f'set lr {lr}', f'set shuffle {sh}', 'train sgd 2', 'show w', 'show history', 'train minibatch 5 2', 'show w', 'epoch batch', 'show w', 'reset', 'set w -0.0', 'gen 100 seed=1 noise=0 w=0', 'train sgd 1', 'show w', 'show w_history']
open(OUT, 'a').write('\n'.join(extra) + '\nset lr 0.01\n')
