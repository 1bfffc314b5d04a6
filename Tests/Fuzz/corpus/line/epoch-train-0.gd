epoch batch
epoch sgd
epoch minibatch
epoch minibatch 4
show epochs
reset
train batch 3
train sgd 2
train minibatch 2 2
train minibatch 3 1
train full 1
show
reset
set shuffle off
epoch sgd
show history
