gen 3 x=-1e308..1e308 seed=1
show data
show loss
gen 3 w=1e308 x=0..10 seed=1
step batch
gen 3 noise=1e308 seed=2
train sgd 2
show
