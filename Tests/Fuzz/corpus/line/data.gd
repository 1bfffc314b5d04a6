data 0 0, 1 0.8, 2 2.2,
data 1e308 1e308
step batch
data 0 0
step minibatch 0 0
step sgd 9
epoch minibatch 7
show history
show epochs
help
help set
? train
quit
