frob
stpe batch
step
step sdg
step batch extra
step sgd 9
step sgd -1
step sgd x
step sgd 1.5
step minibatch 1 1
step minibatch 0 99
show
set
set lr
set lr 0
set lr -0.1
set lr abc
set lr nan
set lr inf
set lr 1e999
