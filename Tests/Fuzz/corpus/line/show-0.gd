show
show w
show loss
show history
show epochs
show w_history
show mse_history
train sgd 1
show w_history
show mse_history
show epochs
gen 100 seed=2
train sgd 1
