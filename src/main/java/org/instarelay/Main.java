package org.instarelay; public class Main { public static void main(String[] a){} }
