set rng numpy; set seed 4294967295; set rng numpy-generator; set seed 18446744073709551615
set rng numpy
set on-diverge rollback
set lr 10
train sgd 50
set on-diverge stop
train minibatch 3 20
set history-limit 2
train batch 100
show w_history
show mse_history
set timer on
time train sgd 3
show settings
