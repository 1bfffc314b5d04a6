# The lecture's remedies side by side: the same six points, the same learning rate and
# the same 10 sgd epochs (same shuffles) for each update rule, then where each ends.
# The best w is Σxy/Σx² (show best). adagrad, rmsprop and adam move each weight by about
# lr per update whatever the gradient, so at lr 0.01 they are still on their way.
load lecture
set lr 0.01
set seed 0
show best

echo sgd:
train sgd 10
show

set optimizer momentum
echo momentum (μ 0.9):
reset
train sgd 10
show

set optimizer nesterov
echo nesterov (μ 0.9):
reset
train sgd 10
show

set optimizer adagrad
echo adagrad:
reset
train sgd 10
show

set optimizer rmsprop
echo rmsprop (ρ 0.99):
reset
train sgd 10
show

set optimizer adam
echo adam (β₁ 0.9, β₂ 0.999):
reset
train sgd 10
show
show optimizer

echo adam with the rate halved every 2 epochs, from an xavier start:
set schedule step 2 0.5
init xavier
train sgd 10
show
