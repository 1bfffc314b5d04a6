set lr 1e200
step batch
show
set lr 1e10
train batch 100
show
reset
set on-diverge rollback
train sgd 50
show
set on-diverge stop
step sgd 5
step sgd 5
set lr 0.01
train sgd 1
