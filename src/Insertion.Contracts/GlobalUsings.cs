global using Insertion.Abstractions;
