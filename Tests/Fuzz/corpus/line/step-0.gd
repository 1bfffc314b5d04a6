step batch
step sgd 2
step sgd 4
step stochastic 0
reset
step minibatch 1 4
step minibatch 0 2
step minibatch 3 5
step mb 5 4 3 2 1 0
show history
reset
set seed 3
step sgd
step minibatch
set batch 3
step minibatch
show history
