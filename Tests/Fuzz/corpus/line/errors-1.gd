set lr 0x10
set w
set batch 0
set batch 7
set batch 2.5
set shuffle maybe
set rng mt
set seed -1
set seed 99999999999999999999
set rng numpy; set seed 4294967296
set colour on
set history-limit 1
show settings
epoch
epoch minibatch 0
epoch minibatch 7
epoch batch 2
train sgd
train minibatch 2
train sgd 0
