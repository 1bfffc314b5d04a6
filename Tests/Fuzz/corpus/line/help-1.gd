help set
help step
help epoch
help train
