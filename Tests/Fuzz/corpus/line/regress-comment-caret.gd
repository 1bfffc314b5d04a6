foo#comment here
step sgd 9#x
