# The lecture's reference code, as its numpy functions run, bit for bit.
# batch_gradient_descent(x, y) with its defaults: w_init 0.5, lr 0.01, 10 epochs.
load lecture
set w 0.5
set lr 0.01
train batch 10
show w_history
show mse_history

# stochastic_gradient_descent: w_init 0.2, every point in order (the listing's stray
# 'i = 2' is not reproduced).
set w 0.2
set shuffle off
train sgd 10
show w

# mini_batch_gradient_descent: w_init 0.5, batch 2, np.random.seed(42) then one
# np.random.shuffle per epoch.
set w 0.5
set shuffle on
set rng numpy
set seed 42
train minibatch 2 10
show w_history
