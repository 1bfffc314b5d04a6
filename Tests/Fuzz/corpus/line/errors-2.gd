train minibatch 9 1
show x
show w loss
data
data 1
data 1 2 3
data 1 2,, 3 4
data a b
gen
gen 0
gen 10 noise=-1
gen 10 x=5..1
gen 10 x=1
gen 10 q=1
gen 10 w=1 w=2
load
load missing.csv
load lecture x=1
save
save model out.csv
