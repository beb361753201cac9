module heaplab/calibrate

go 1.23
