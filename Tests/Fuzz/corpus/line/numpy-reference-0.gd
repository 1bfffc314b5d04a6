load lecture
set w 0.5
set lr 0.01
train batch 10
show w_history
show mse_history
set w 0.2
set shuffle off
train sgd 10
show w
set w 0.5
set shuffle on
set rng numpy
set seed 42
