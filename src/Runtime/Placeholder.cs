namespace Pages;
