# The same budget of passes over the data, three ways of spending it.
# Each 'epoch' is one pass: batch makes 1 update, sgd 6, mini-batch of 2 makes 3.
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
