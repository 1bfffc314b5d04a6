gen 1025 x=1e150..1e151 seed=1
show loss
step batch
show loss
