# Does sgd escape local minima more easily than batch?
# One run proves nothing; a sweep over many starting weights gives a statistic.
# Data from ŷ = sin(w·x) with w = 1.3; x is not a whole number, so L(w) does not
# repeat every 2π and has one global minimum among several local ones.
gen 50 model=sine w=1.3 noise=0.1 x=0..5 seed=1
model sine
show best -6..6

echo lr 0.1: 41 starts from -5 to 5, 50 epochs, sgd and mini-batch 5 runs from each start.
set lr 0.1
sweep -5 5 41 runs=5

echo lr 0.01: too little noise to leave a basin, so sgd ends where batch does.
set lr 0.01
sweep -5 5 41 runs=5

echo lr 0.2: so much noise that sgd wanders out of the range.
set lr 0.2
sweep -5 5 41 runs=5
