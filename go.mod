module github.com/attache/attache

go 1.26.8
