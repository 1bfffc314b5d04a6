train minibatch 2 10
show w_history
