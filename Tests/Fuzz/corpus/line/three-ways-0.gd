load lecture
set seed 7
echo batch, 5 epochs:
train batch 5
echo sgd, 5 epochs:
reset
train sgd 5
echo mini-batch of 2, 5 epochs:
reset
train minibatch 2 5
show epochs
