gen 2000 seed=3
step batch
epoch minibatch 64
show loss
set w 1e6
show loss
