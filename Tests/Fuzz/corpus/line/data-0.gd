data 0 0, 1 0.8, 2 2.2
show data
show
step batch
data 1 2
show data
data 1 1,2 2,3 3,
show data
gen 5 w=2 noise=0 x=0..10 seed=1
show data
gen 3 seed=4
show data
gen 40 w=-1 noise=0.5 x=-2..2 seed=9
show data
load lecture
show
